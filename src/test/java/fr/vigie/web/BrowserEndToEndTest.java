package fr.vigie.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A buyer in a real browser (Debian's headless Chromium, driven by chromedriver): logs in, drops a corpus
 * contract on the upload page, reads the verdict, follows an evidence link and sees the quoted sentence
 * highlighted in the document. Chromium and chromedriver are installed by .ci/install-system-deps.
 */
class BrowserEndToEndTest extends WebTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium et chromium-driver ne sont pas installés (voir .ci/install-system-deps)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + Files.createTempDirectory("vigie-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBuyerUploadsAContractReadsTheReportAndOpensTheEvidence() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        String base = "http://localhost:" + port;
        browser.get(base + "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        browser.findElement(By.id("username")).sendKeys("acheteur-nord");
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();
        wait.until(d -> d.findElements(By.id("files")).size() == 1);

        File contract = Path.of("corpus", "dev", "infogerance-hds", "contrat.pdf").toAbsolutePath().toFile();
        browser.findElement(By.id("files")).sendKeys(contract.getPath());
        assertThat(browser.findElement(By.id("choisis")).getText()).contains("contrat.pdf");
        browser.findElement(By.id("name")).sendKeys("Infogérance — test navigateur");
        new Select(browser.findElement(By.id("assume.HEALTH_DATA"))).selectByValue("true");
        browser.findElement(By.id("verifier")).click();

        wait.until(d -> d.getCurrentUrl().matches(".*/dossiers/[0-9a-f-]{36}$"));
        WebElement verdict = wait.until(d -> d.findElement(By.id("verdict")));
        assertThat(verdict.getText()).isNotBlank();
        assertThat(browser.getPageSource()).contains("LOC-03");

        WebElement evidence = browser.findElement(By.cssSelector("#LOC-03 a.preuve"));
        String quoted = browser.findElement(By.cssSelector("#LOC-03 blockquote span")).getText();
        evidence.click();
        WebElement mark = wait.until(d -> d.findElement(By.id("marque")));
        assertThat(mark.getTagName()).isEqualTo("mark");
        String normalizedQuote = quoted.replace("«", "").replace("»", "").strip();
        assertThat(normalizedQuote).startsWith(mark.getText().strip().substring(0, Math.min(30, mark.getText().strip().length())));
        assertThat(mark.getCssValue("outline-style")).isEqualTo("solid");
    }
}
