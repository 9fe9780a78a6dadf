// The Firefox the tests also run in: Debian's ESR (apt-get install -y firefox-esr), or FIREFOX_PATH.
// puppeteer-core drives it over WebDriver BiDi, so no browser download and no geckodriver is needed.
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
