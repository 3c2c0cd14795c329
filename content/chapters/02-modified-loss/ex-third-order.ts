// Exercise 2.3: the leftover of the modified flow. One step of gradient descent lands about
// C·η³ from the flow on L_η after the time η; measure C and compare it with Exercise 2.2's formula.
import { gradientDescent, gradientFlow, modifiedLoss, objective } from "@descent/numerics";

export const theta0 = 1; // start θ₀
const eta = 0.04;

const loss = objective({
  dim: 1,
  value: ([t]) => t ** 4 / 4 + t ** 2 / 2,
  grad: ([t]) => [t ** 3 + t],
  hvp: ([t], [v]) => [(3 * t ** 2 + 1) * v],
});

const step = gradientDescent(loss, { x0: theta0, eta, steps: 1 }).x[1][0];
const modified = gradientFlow(modifiedLoss(loss, eta), { x0: theta0, T: eta, samples: 1 }).x[1][0];

// The step's position minus the modified flow's, divided by η³.
export const coefficient = (step - modified) / eta ** 3;
console.log(`C ≈ ${coefficient.toFixed(4)} (from η = ${eta})`);
