// The public feature's contracts and pure logic: the community's public page: published items only, suppression applied, feedback (filled in by the feature).
export {};
