export type { Objective, QuadraticObjective, FiniteSumObjective, Point } from "./types";
export { isQuadratic } from "./types";
export { objective, type ObjectiveDefinition } from "./objective";
export { quadratic, diagonalQuadratic } from "./quadratic";
export { hillyTerrain, rosenbrock } from "./test-functions";
export { leastSquares, lineData, type DataSet } from "./least-squares";
export { gradientDescent, type GradientDescentOptions } from "./gradient-descent";
export { euler, type EulerOptions, type VectorField } from "./euler";
export { gradientFlow, type GradientFlowOptions } from "./gradient-flow";
export { modifiedLoss } from "./modified-loss";
export { sgd, type SgdOptions } from "./sgd";
export { heavyBall, type HeavyBallOptions } from "./heavy-ball";
export { nesterov, type NesterovOptions } from "./nesterov";
export { heavyBallFlow, nesterovFlow, type HeavyBallFlowOptions } from "./second-order-flow";
export {
  heavyBallMatrix,
  heavyBallSpectralRadius,
  heavyBallRate,
  bestHeavyBall,
  criticalMomentum,
} from "./heavy-ball-rate";
export { hessianEigenvalues, sharpnessAlong } from "./hessian";
export { largestHessianEigenvalue, stableStepBound, trajectoryDistance, observedOrder } from "./analysis";
export { coordinate, type Trajectory, type RunOnLoss } from "./trajectory";
export { randomGenerator, type Random } from "./rng";
export { dot, norm } from "./linear-algebra";
export { MAX_STEPS } from "./validate";
export { contours, levelsFor, type LevelSets, type ContourOptions, type TwoVariableLoss } from "./contours";
export {
  figure,
  panel,
  line,
  points,
  curve,
  histogram,
  lineOf,
  pointsOf,
  checkFigure,
  FIGURE_FIELDS,
  TONES,
  MAX_LABEL_LENGTH,
  MAX_SERIES_PER_PANEL,
  MAX_PANELS,
  type Figure,
  type Panel,
  type Series,
  type Axis,
  type Tone,
} from "./figure";
