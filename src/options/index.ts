export {
  loadOptions,
  loadConfigSection,
  publicOptions,
  redactUrlCredentials,
  describeOptions,
  testDefaults,
  optionNames,
  CONFIG_FILE_NAME,
  type Options,
  type OptionName,
  type RawOptions,
  type LoadOptionsInput,
} from './options.js';
