package io.weir.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its ChromeDriver, as a person would use Weir. */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) throws Exception {
        this.baseUrl = baseUrl;
        String chromium = System.getenv().getOrDefault("WEIR_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("WEIR_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("UI tests need Debian's chromium and chromium-driver (bash .ci/run installs "
                    + "them); looked for " + chromium + " and " + chromedriver);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,900", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("weir-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.cssSelector("#vaadinLoginUsername input"), username);
        type(By.cssSelector("#vaadinLoginPassword input"), password + "\n");
        waitFor(By.id("lead-grid"));
    }

    void type(By field, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = waitFor(field);
                    input.clear();
                    input.sendKeys(text);
                    return true;
                });
    }

    /** Hands a file to a vaadin-upload as if chosen in the file dialog (its input sits hidden in the shadow DOM). */
    void upload(By uploadComponent, Path file) {
        WebElement upload = waitFor(uploadComponent);
        WebElement input = (WebElement) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const input = arguments[0].shadowRoot.querySelector('input[type=file]') "
                        + "|| arguments[0].querySelector('input[type=file]');"
                        + "input.removeAttribute('hidden'); input.style.display = 'block'; return input;", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    String textOf(By locator) {
        return waitFor(locator).getText();
    }

    void waitUntilTextShows(By locator, String text) {
        waitUntil(locator + " shows " + text, () -> driver.findElements(locator).stream()
                .anyMatch(element -> element.getText().contains(text)));
    }

    /** Texts of every cell of the grid with that id. */
    List<String> cellTexts(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Clicks once the element is there; a grid that re-renders meanwhile is looked up again, not failed on. */
    void click(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    waitFor(locator).click();
                    return true;
                });
    }

    /** Texts of the grid's body cells, as the person reads them. */
    List<String> gridTexts() {
        return driver.findElements(By.cssSelector("#lead-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    void waitUntilGridShows(String text) {
        waitUntil("grid shows " + text, () -> gridTexts().stream().anyMatch(t -> t.contains(text)));
    }

    void waitUntilCellsShow(String gridId, String text) {
        waitUntil(gridId + " shows " + text, () -> cellTexts(gridId).stream().anyMatch(t -> t.contains(text)));
    }

    void waitUntilGridLacks(String text) {
        waitUntil("grid lacks " + text, () -> gridTexts().stream().noneMatch(t -> t.contains(text)));
    }

    /** Waits like a person would; on a timeout leaves a screenshot under target/ui-screenshots to see why. */
    void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException timeout) {
            screenshot(what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("timed out waiting until " + what + "; grid showed " + gridTexts(), timeout);
        }
    }

    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "ui-screenshots"));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
