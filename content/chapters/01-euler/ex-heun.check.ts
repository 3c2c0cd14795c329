// The check of Exercise 1.3. It tries the exported step on equations whose Heun step is known in
// closed form, then reads the order the code measured. It helps; it does not grade.
type Step = (F: (x: number) => number, x: number, h: number) => number;

const show = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)).toString() : String(x));

/** Runs the student's step; what it throws is reported as theirs. */
function tryStep(step: Step, F: (x: number) => number, x: number, h: number): number | string {
  try {
    const y = step(F, x, h);
    return typeof y === "number" ? y : `step returned ${typeof y}, not a number`;
  } catch (e) {
    return `step threw: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export default function check({ step, order }: { step?: unknown; order?: unknown }) {
  if (typeof step !== "function") return { solved: false, message: "Export the function step(F, x, h).", hint: 1 };
  const h = 0.1;
  // On dx/dt = −x from 1, Euler gives 1 − h and Heun 1 − h + h²/2 (the Taylor series of e^{−h} to h²).
  const decay = tryStep(step as Step, (x) => -x, 1, h);
  if (typeof decay === "string") return { solved: false, message: decay };
  if (Math.abs(decay - (1 - h)) < 1e-12) {
    return {
      solved: false,
      message: "step is still Euler's: on dx/dt = −x from x = 1 with h = 0.1 it gives 1 − h = 0.9.",
      hint: 1,
    };
  }
  if (Math.abs(decay - (1 - h + (h * h) / 2)) > 1e-12) {
    return {
      solved: false,
      message:
        "On dx/dt = −x from x = 1 with h = 0.1, Heun's step gives 1 − h + h²/2 = 0.905; " +
        `yours gives ${show(decay)}.`,
      hint: 2,
    };
  }
  // A nonlinear equation, the logistic x(1 − x), from 0.1 with h = 0.5: Euler's guess is 0.145,
  // so Heun's step is 0.1 + 0.25·(0.09 + 0.145·0.855).
  const logistic = tryStep(step as Step, (x) => x * (1 - x), 0.1, 0.5);
  const want = 0.1 + 0.25 * (0.09 + 0.145 * 0.855);
  if (typeof logistic === "string") return { solved: false, message: logistic };
  if (Math.abs(logistic - want) > 1e-12) {
    return {
      solved: false,
      message:
        `Right on dx/dt = −x, but on the logistic x(1 − x) from 0.1 with h = 0.5 Heun's step gives ` +
        `${show(want)}; yours gives ${show(logistic)}. Evaluate F at Euler's guess, not at a fixed point.`,
      hint: 2,
    };
  }
  if (typeof order !== "number" || !Number.isFinite(order))
    return { solved: false, message: "Your step is Heun's. Now export the order you measured, as order." };
  if (Math.abs(order - 2) > 0.1) {
    return {
      solved: false,
      message:
        `Your step is Heun's, but the order you export is ${show(order)}: ` +
        "halving h should divide the error by about 4, a slope of 2.",
    };
  }
  return {
    solved: true,
    message:
      `Heun's step matches its closed forms, and you measured order ${order.toFixed(2)}: ` +
      "halving h divides the error by about 4.",
  };
}
