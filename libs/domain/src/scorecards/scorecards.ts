// The scorecards feature's contracts and pure logic: the board's quarterly scorecard: goals, metrics, narratives, PDF and XLSX, archives (filled in by the feature).
export {};
