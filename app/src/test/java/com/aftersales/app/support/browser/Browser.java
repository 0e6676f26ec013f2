package com.aftersales.app.support.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium for a test class, driven the way a person uses the pages: by the element
 * ids the templates promise (docs/testing.md, "Browser tests"). Register it as
 * {@code @RegisterExtension static final Browser browser = new Browser();} in a test extending
 * {@code IntegrationTest}: it finds the application's port itself, starts every test without
 * cookies (signed out, no language chosen), and fails a test whose pages logged a script error or
 * a Content-Security-Policy violation — the CSP forbids inline code, and only a real browser shows
 * that a page still works under it.
 *
 * <p>Debian's {@code chromium} and {@code chromium-driver} packages are used as they are: Selenium
 * Manager would download a browser, which a build must not depend on. Without them every test
 * fails (never skips) and names {@code src/setup/install-browser.sh}.
 */
public final class Browser
        implements BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterTestExecutionCallback,
                AfterEachCallback,
                AutoCloseable {
    /** Debian's paths; other systems name theirs with {@code -Dbrowser.chromium=…}. */
    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    /** Relative to the module, as Surefire runs it: {@code app/target/screenshots/}. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * Debian's Chromium is usually newer than the DevTools bindings Selenium ships; the tests use
     * only WebDriver commands, so the warning about the missing binding is noise. Held here so the
     * level outlives garbage collection of the logger.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Set<String> ISO_VALUED = Set.of("date", "datetime-local", "time", "month", "week");
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;
    /** "http://host/path - Failed to load resource: the server responded with a status of 404 (Not Found)" */
    private static final Pattern FAILED_LOAD =
            Pattern.compile("^(\\S+) - Failed to load resource: the server responded with a status of \\d+.*");

    private final String language;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private String base;
    private boolean baseGiven;
    private final List<String> consoleProblems = new ArrayList<>();

    /** A browser whose person reads Chinese (zh-CN), as the ledger's users do. */
    public Browser() {
        this("zh-CN");
    }

    /** @param language the browser's language, sent as Accept-Language: {@code zh-CN} or {@code en} */
    public Browser(String language) {
        this.language = language;
    }

    // ---- lifecycle -------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!baseGiven) {
            // Asked each time: a test class with a context of its own runs on another port.
            String port = SpringExtension.getApplicationContext(context)
                    .getEnvironment()
                    .getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("no local.server.port: the test must start the application"
                        + " on a port (extend IntegrationTest) or call at(baseUrl)");
            }
            base = "http://localhost:" + port;
        }
        fresh();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + "-failed");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            assertCleanConsole();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Starts Chromium (the extension does this before the class's first test). */
    public Browser start() {
        if (driver != null) {
            return this;
        }
        requireInstalled();
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options());
        // Implicit waits would hide a missing element behind a pause; every wait below is explicit.
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50));
        return this;
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-default-apps",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=" + language);
        String accepted =
                language.contains("-") ? language + "," + language.substring(0, language.indexOf('-')) : language;
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", accepted));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    private static void requireInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("Browser tests need Chromium and its driver, missing: "
                    + String.join(", ", missing)
                    + ". Install them with src/setup/install-browser.sh (Debian packages chromium,"
                    + " chromium-driver, fonts-wqy-zenhei), or name other paths with -Dbrowser.chromium=…"
                    + " -Dbrowser.chromedriver=…");
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            try {
                driver.quit();
            } finally {
                driver = null;
                if (service != null) {
                    service.stop();
                }
            }
        }
    }

    /** The application's address, for a browser used outside an {@code IntegrationTest}. */
    public Browser at(String baseUrl) {
        this.baseGiven = true;
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return this;
    }

    /** Signed out, no language chosen: what a new person brings. Chromium itself keeps running. */
    public void fresh() {
        if (driver.getCurrentUrl().startsWith(base)) {
            // All of the application's cookies (session, language) are the host's, path /.
            driver.manage().deleteAllCookies();
        }
        driver.get("about:blank");
        drainConsole();
        consoleProblems.clear();
    }

    // ---- navigation ------------------------------------------------------------------------

    /** Loads a page of the application, e.g. {@code open("/tickets?status=OPEN")}. */
    public Browser open(String path) {
        driver.get(base + path);
        afterLoad();
        return this;
    }

    public Browser reload() {
        driver.navigate().refresh();
        afterLoad();
        return this;
    }

    /** Path and query of the page shown, e.g. {@code /login?error}. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Waits until the address contains {@code fragment} (after a redirect, a submitted form). */
    public Browser waitForUrl(String fragment) {
        try {
            wait.until(ExpectedConditions.urlContains(fragment));
        } catch (TimeoutException e) {
            throw new AssertionError("expected the address to contain " + fragment + ", it is " + path(), e);
        }
        afterLoad();
        return this;
    }

    // ---- the foundation's pages ------------------------------------------------------------

    /** Signs in through the login form; ends on the page the application sends to (or the form again). */
    public Browser signIn(String username, String password) {
        if (!path().startsWith("/login")) {
            open("/login");
        }
        fill("username", username);
        fill("password", password);
        clickAndWaitForPage("login-submit");
        return this;
    }

    /**
     * Acts in {@code role} (a {@code Role} constant): with the chooser's button on {@code /role},
     * elsewhere with the navigation bar's role switch; on a page without either (an error page)
     * through {@code /role}.
     */
    public Browser chooseRole(String role) {
        if (!isPresent("choose-" + role) && !isPresent("role-switch")) {
            open("/role");
        }
        if (isPresent("choose-" + role)) {
            clickAndWaitForPage("choose-" + role);
        } else {
            switchRole(role);
        }
        return this;
    }

    /** The navigation bar's role switch (only shown to someone holding several roles). */
    public Browser switchRole(String role) {
        select("role-switch-role", role);
        clickAndWaitForPage(By.cssSelector("#role-switch [type=submit]"));
        return this;
    }

    /** {@code "en"} or {@code "zh-CN"}: the language links of the navigation bar or the login page. */
    public Browser switchLanguage(String language) {
        String link = switch (language) {
            case "en" -> "lang-en";
            case "zh-CN", "zh" -> "lang-zh";
            default -> throw new IllegalArgumentException("no language link for " + language);
        };
        clickAndWaitForPage(link);
        return this;
    }

    public Browser logout() {
        clickAndWaitForPage(By.cssSelector("#logout [type=submit]"));
        return this;
    }

    // ---- elements --------------------------------------------------------------------------

    /** The visible element with this id, waited for. */
    public WebElement element(String id) {
        return visible(By.id(id));
    }

    public WebElement visible(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "no visible " + by + " on " + path() + " within " + PATIENCE.toSeconds() + " s", e);
        }
    }

    /** Whether the page shown has an element with this id now (no waiting). */
    public boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /**
     * Replaces what the input or textarea holds. Date and time inputs take the ISO value the form
     * posts ({@code 2026-03-01}, {@code 2026-03-01T09:30}): typed keys would depend on how the
     * browser's language writes dates.
     */
    public Browser fill(String id, String text) {
        WebElement input = element(id);
        String type = input.getDomAttribute("type");
        if (type != null && ISO_VALUED.contains(type)) {
            executeScript(
                    "arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    input,
                    text);
            if (!text.equals(input.getDomProperty("value"))) {
                throw new AssertionError("#" + id + " (" + type + ") does not take the value " + text);
            }
            return this;
        }
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** An attribute of the element with this id, e.g. {@code attribute("ticket-1", "data-sla")}. */
    public String attribute(String id, String name) {
        return driver.findElement(By.id(id)).getDomAttribute(name);
    }

    /** Chooses an option of a select by its value, or else by the text shown. */
    public Browser select(String id, String valueOrVisibleText) {
        Select select = new Select(element(id));
        try {
            select.selectByValue(valueOrVisibleText);
        } catch (NoSuchElementException noSuchValue) {
            select.selectByVisibleText(valueOrVisibleText);
        }
        return this;
    }

    /** The selected option's value. */
    public String selected(String id) {
        return new Select(element(id)).getFirstSelectedOption().getDomAttribute("value");
    }

    /** The selected option's text as shown. */
    public String selectedText(String id) {
        return new Select(element(id)).getFirstSelectedOption().getText();
    }

    /** The visible text of the navigation bar (menu, who, acting role, language, sign-out). */
    public String navigation() {
        return visible(By.cssSelector("header.topbar")).getText();
    }

    /**
     * Posts a form the page did not offer, without the {@code _csrf} field — what a forged
     * cross-site form sends — and waits for the answer page. The CSRF check must refuse it.
     */
    public Browser postFormWithoutCsrf(String path, Map<String, String> fields) {
        WebElement page = driver.findElement(By.tagName("html"));
        executeScript(
                "var form = document.createElement('form');"
                        + "form.method = 'post'; form.action = arguments[0];"
                        + "Object.entries(arguments[1]).forEach(function (field) {"
                        + "  var input = document.createElement('input');"
                        + "  input.type = 'hidden'; input.name = field[0]; input.value = field[1];"
                        + "  form.appendChild(input);"
                        + "});"
                        + "document.body.appendChild(form);"
                        + "HTMLFormElement.prototype.submit.call(form);",
                path,
                fields);
        wait.until(left(page));
        afterLoad();
        return this;
    }

    /** Clicks and returns at once: for what stays on the page (htmx, details, a checkbox). */
    public Browser click(String id) {
        clickable(By.id(id)).click();
        return this;
    }

    /**
     * The old page is gone. Chromedriver sometimes answers a check on an element of a page that is
     * just being replaced with "does not belong to the document" instead of a stale element: that
     * is gone too.
     */
    private static ExpectedCondition<Boolean> left(WebElement page) {
        return driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException replaced) {
                if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw replaced;
            }
        };
    }

    /** Clicks a link or submit button and waits until the next page has loaded. */
    public Browser clickAndWaitForPage(String id) {
        return clickAndWaitForPage(By.id(id));
    }

    public Browser clickAndWaitForPage(By by) {
        WebElement target = clickable(by);
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        try {
            wait.until(left(page));
        } catch (TimeoutException e) {
            throw new AssertionError("clicking " + by + " on " + path() + " loaded no new page", e);
        }
        afterLoad();
        return this;
    }

    /**
     * Clicks a button whose form asks first ({@code form[data-confirm]}, app.js), says yes, and
     * waits for the next page.
     */
    public Browser clickConfirmAndWaitForPage(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickable(By.id(id)).click();
        try {
            wait.until(ExpectedConditions.alertIsPresent()).accept();
            wait.until(left(page));
        } catch (TimeoutException e) {
            throw new AssertionError("clicking #" + id + " on " + path() + " asked nothing or loaded no page", e);
        }
        afterLoad();
        return this;
    }

    private WebElement clickable(By by) {
        try {
            return wait.until(ExpectedConditions.elementToBeClickable(by));
        } catch (TimeoutException e) {
            throw new AssertionError("nothing clickable at " + by + " on " + path(), e);
        }
    }

    /** The visible text of the element with this id. */
    public String text(String id) {
        return element(id).getText();
    }

    /** Waits until the element with this id shows {@code expected} somewhere in its text. */
    public Browser waitForText(String id, String expected) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
        } catch (TimeoutException e) {
            String actual = isPresent(id) ? driver.findElement(By.id(id)).getText() : "(no such element)";
            throw new AssertionError("#" + id + " on " + path() + " never showed \"" + expected + "\": " + actual, e);
        }
        return this;
    }

    /** The text of the label of the input with this id ({@code <label for>}, which every input has). */
    public String label(String inputId) {
        return visible(By.cssSelector("label[for='" + inputId + "']")).getText();
    }

    /** The page's first {@code <h1>}. */
    public String heading() {
        return visible(By.tagName("h1")).getText();
    }

    /** The page's language as the {@code <html lang>} says. */
    public String pageLanguage() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    public String title() {
        return driver.getTitle();
    }

    /** The text of the whole page as shown, for "this word is somewhere on it". */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Object executeScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** For what the helpers do not cover; prefer adding a helper that others can use. */
    public WebDriver driver() {
        return driver;
    }

    // ---- evidence --------------------------------------------------------------------------

    /** Saves what the window shows as {@code app/target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Path target = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /**
     * Fails with what the browser console logged since the last check: script errors, CSP
     * violations, resources that did not load. The page's own status (an error page the test
     * went to on purpose, and then looks at) is the test's business, not the console's.
     */
    public Browser assertCleanConsole() {
        drainConsole();
        if (!consoleProblems.isEmpty()) {
            List<String> problems = List.copyOf(consoleProblems);
            consoleProblems.clear();
            throw new AssertionError("the browser console shows problems:\n  " + String.join("\n  ", problems));
        }
        return this;
    }

    private void afterLoad() {
        try {
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (TimeoutException e) {
            throw new AssertionError(path() + " did not finish loading", e);
        }
        assertCleanConsole();
    }

    private void drainConsole() {
        String document = driver.getCurrentUrl();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            Matcher failedLoad = FAILED_LOAD.matcher(message);
            boolean thePageItself = failedLoad.matches() && failedLoad.group(1).equals(document);
            boolean csp = message.contains("Content Security Policy");
            if (csp || (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !thePageItself)) {
                consoleProblems.add(entry.getLevel() + " " + message);
            }
        }
    }

    /** Waits for an element to disappear or be replaced (after an htmx swap). */
    public Browser waitUntilGone(WebElement element) {
        try {
            wait.until(ExpectedConditions.stalenessOf(element));
        } catch (TimeoutException e) {
            throw new AssertionError("the element stayed on " + path(), e);
        }
        return this;
    }
}
