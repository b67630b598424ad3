import pkg from '../../package.json' with { type: 'json' };

export const appName: string = pkg.productName;
export const appVersion: string = pkg.version;
/** The same id as electron-builder.json's appId (a unit test holds them together): Windows notifications need it. */
export const appId = 'com.onboardingdesk.app';
/** The generic update server built into this version ("" = updates off); DESK_UPDATE_URL overrides it. */
export const builtInUpdateUrl: string = pkg.desk.updateUrl;
