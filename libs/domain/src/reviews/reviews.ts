// The reviews feature's contracts and pure logic: the cabinet's monthly review: agenda, presenter mode, decisions, action items, snapshots (filled in by the feature).
export {};
