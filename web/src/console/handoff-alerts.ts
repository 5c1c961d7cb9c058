/** Browser side of hand-off alerts: a short two-tone chime and an optional desktop notification. */

let audio: AudioContext | undefined;

/** A soft two-note chime made with WebAudio (no sound file to ship). */
export function chime(): void {
  const Ctor = globalThis.AudioContext;
  if (!Ctor) return;
  audio ??= new Ctor();
  const ctx = audio;
  if (ctx.state === "suspended") void ctx.resume();
  const start = ctx.currentTime;
  for (const [i, freq] of [880, 1320].entries()) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = "sine";
    osc.frequency.value = freq;
    const t0 = start + i * 0.16;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.2, t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.3);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + 0.32);
  }
}

export type DesktopPermission = "default" | "granted" | "denied" | "unsupported";

export function desktopPermission(): DesktopPermission {
  return "Notification" in globalThis ? Notification.permission : "unsupported";
}

/** Must run inside a click handler: browsers only ask for permission on a user gesture. */
export async function askDesktopPermission(): Promise<DesktopPermission> {
  if (!("Notification" in globalThis)) return "unsupported";
  return Notification.requestPermission();
}

export function notifyDesktop(title: string, body: string, onClick: () => void): void {
  if (desktopPermission() !== "granted") return;
  const n = new Notification(title, { body, tag: "kefu-handoff" });
  n.onclick = () => {
    window.focus();
    onClick();
    n.close();
  };
}

/** "(3) Kefu" — the unseen count in the tab title. */
export function titleWithBadge(base: string, count: number): string {
  return count > 0 ? `(${count}) ${base}` : base;
}
