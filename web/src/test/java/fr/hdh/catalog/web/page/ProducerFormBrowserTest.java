package fr.hdh.catalog.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.hdh.catalog.core.account.Role;
import fr.hdh.catalog.web.form.FormServer;
import fr.hdh.catalog.web.form.SessionFilter;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A producer's day in a real Chromium, without a line of script: it signs in with its token, fills the
 * dataset form, forgets the description and is told so next to the field (and in the summary that links to
 * it), fixes it, creates the draft and submits it for review; the curators' queue then lists it. The pages
 * keep to the Content-Security-Policy (nothing refused in the console).
 */
class ProducerFormBrowserTest {
    @RegisterExtension
    static final BrowserPerClass chromium = new BrowserPerClass();
    private static FormServer server;
    private static String producer;

    @BeforeAll
    static void start() {
        server = FormServer.start();
        producer = server.user("atih-editor", Role.PRODUCER, FormServer.ATIH);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aProducerSignsInFillsTheFormFixesAFieldErrorAndSubmits() {
        ChromeDriver driver = chromium.driver();
        driver.get(server.url("/my/datasets/new"));
        assertEquals("Connexion", driver.findElement(By.tagName("h1")).getText(), "sent to sign in first");
        driver.findElement(By.id("token")).sendKeys(producer);
        driver.findElement(By.cssSelector("form.sign-in button[type=submit]")).click();
        // wait for the page the sign-in leads to, not read the one being left
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Nouveau jeu de données"));
        Cookie session = driver.manage().getCookieNamed(SessionFilter.COOKIE);
        assertTrue(session.isHttpOnly());
        assertEquals("Strict", session.getSameSite());

        driver.findElement(By.id("id")).sendKeys("sejours-navigateur");
        driver.findElement(By.id("title_fr")).sendKeys("Séjours hospitaliers par région");
        driver.findElement(By.id("title_en")).sendKeys("Hospital stays by region");
        driver.findElement(By.cssSelector("input[name=themes][value=HEAL]")).click();
        driver.findElement(By.id("keywords_fr")).sendKeys("hôpital, séjours");
        new Select(driver.findElement(By.id("accessRights"))).selectByValue("PUBLIC");
        driver.findElement(By.id("contact_email")).sendKeys("contact@example.org");
        driver.findElement(By.cssSelector("form.dataset-form button[type=submit]")).click();
        // The form is long (health metadata, distributions): wait for the answer rather than read the page being left.
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("description_fr-error")));

        WebElement description = driver.findElement(By.id("description_fr"));
        assertEquals("true", description.getAttribute("aria-invalid"));
        WebElement error = driver.findElement(By.id("description_fr-error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().startsWith("Obligatoire"), error.getText());
        assertEquals("Séjours hospitaliers par région", driver.findElement(By.id("title_fr")).getAttribute("value"), "kept as typed");
        assertTrue(driver.findElement(By.cssSelector("input[name=themes][value=HEAL]")).isSelected());
        chromium.screenshot("producer-form-field-error");

        driver.findElement(By.cssSelector("#error-summary a[href='#description_fr']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#description_fr"), "the summary leads to the field");
        description.sendKeys("Nombre de séjours hospitaliers par région et par année.");
        driver.findElement(By.cssSelector("form.dataset-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Modifier le jeu de données sejours-navigateur"));
        assertTrue(driver.findElement(By.cssSelector("p.notice")).getText().contains("version 1"));

        driver.findElement(By.cssSelector("section.submission button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBe(By.cssSelector("p.state strong"), "soumis"));
        assertEquals("soumis", driver.findElement(By.cssSelector("p.state strong")).getText());
        chromium.screenshot("producer-form-submitted");
        driver.findElement(By.cssSelector("header nav.site a[href='/my/datasets']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector("tr[data-id=sejours-navigateur] td.state"), "soumis"));
        assertTrue(server.catalog().workflow().latestVersions().stream()
                .anyMatch(v -> v.recordIri().endsWith("/dataset/sejours-navigateur") && v.state().key().equals("submitted")));
        assertTrue(chromium.consoleMessages().stream().noneMatch(m -> m.contains("Content Security Policy")), chromium.consoleMessages().toString());
    }
}
