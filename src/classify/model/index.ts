// The learned second opinion: a linear softmax model on sparse page features.
export { FEATURE_SET, pageFeatures, partsFromText } from './features.js';
export { defaultModelPath, describeFeature, loadModel, Model, MODEL_FORMAT, MODEL_VERSION, type ModelFile, type ModelOpinion, type PageScore, type PerLabel } from './model.js';
export { defaultHyperparameters, parseTrainingRecords, serializeModel, siteVector, trainModel, type TrainingSite, type TrainOptions } from './train.js';
