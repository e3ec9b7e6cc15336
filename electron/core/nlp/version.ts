/** Version of the scoring code and model format; a trained model carries `<MODEL_VERSION>+<train date>`. */
export const MODEL_VERSION = 'nl-risk-1.5'
