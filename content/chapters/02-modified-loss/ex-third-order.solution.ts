// Exercise 2.3, solved: the ratio (θ_GD − θ_flow)/η³ tends to C as η → 0, with an error of order η.
// Halving η twice and extrapolating (Richardson: 2·r(η/2) − r(η)) removes that error's leading term.
import { gradientDescent, gradientFlow, modifiedLoss, objective } from "@descent/numerics";

export const theta0 = 1; // start θ₀

const loss = objective({
  dim: 1,
  value: ([t]) => t ** 4 / 4 + t ** 2 / 2,
  grad: ([t]) => [t ** 3 + t],
  hvp: ([t], [v]) => [(3 * t ** 2 + 1) * v],
});

const ratio = (eta: number) => {
  const step = gradientDescent(loss, { x0: theta0, eta, steps: 1 }).x[1][0];
  const modified = gradientFlow(modifiedLoss(loss, eta), { x0: theta0, T: eta, samples: 1 }).x[1][0];
  return (step - modified) / eta ** 3;
};

for (const eta of [0.04, 0.02, 0.01, 0.005]) console.log(`η = ${eta}: ratio ${ratio(eta).toFixed(4)}`);
export const coefficient = 2 * ratio(0.005) - ratio(0.01);
console.log(`C ≈ ${coefficient.toFixed(4)} (extrapolated)`);
