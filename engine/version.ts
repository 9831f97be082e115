/** The engine's version, recorded in every run's provenance. Keep in step with package.json. */
export const ENGINE_VERSION = "0.1.0";
