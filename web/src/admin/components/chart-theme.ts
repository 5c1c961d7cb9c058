/** Series colours shared by every admin chart, in the order series use them. */
export const CHART_COLORS = ["#4f6ef7", "#22b07d", "#f5a524", "#ef5b5b", "#8b5cf6", "#14b8c4", "#e879a8", "#94a3b8"];

export const POSITIVE = "#22b07d";
export const NEGATIVE = "#ef5b5b";
export const NEUTRAL = "#94a3b8";
export const ACCENT = "#4f6ef7";

/** Axis and grid styling that matches the cards. */
export const AXIS_STYLE = {
  axisLine: { lineStyle: { color: "#d5dae3" } },
  axisTick: { show: false },
  axisLabel: { color: "#6b7385", fontSize: 11 },
  splitLine: { lineStyle: { color: "#eef0f4" } },
};

export const GRID = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

export const TOOLTIP = {
  backgroundColor: "rgba(24, 29, 41, 0.92)",
  borderWidth: 0,
  textStyle: { color: "#fff", fontSize: 12 },
};
