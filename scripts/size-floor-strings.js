// The on-demand Chinese strings of scripts/size-floor.js (not counted, like the kit's own).
export const templates = { s0: '正在加载…' };
