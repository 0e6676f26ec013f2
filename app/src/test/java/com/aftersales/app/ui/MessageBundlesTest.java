package com.aftersales.app.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.command.common.RuleCode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user sees every status, rule refusal and timeline entry in their own language, zh-CN or
 * English. So every base under {@code i18n/} has the same keys in both languages and no blank value;
 * every enum constant of shared-api, every rule code of the command side and every event has its
 * text; and the Chinese of the translation bases is Chinese, not a forgotten English copy. The
 * constants, codes and events are read off the classpath, so a new one without its text fails here
 * rather than showing its bare name on a page.
 */
class MessageBundlesTest {

    private static final String CHINESE = "_zh_CN";

    /** The bases of translations (enums, rule refusals, the timeline), as opposed to page texts. */
    private static final Set<String> TRANSLATION_BASES = Set.of("enums", "rules", "events");

    /** Base name → (default bundle, Chinese bundle). */
    private static final Map<String, Bundles> BASES = new TreeMap<>();

    private static JavaClasses api;
    private static JavaClasses commandSide;

    private record Bundles(Properties english, Properties chinese) {}

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        URL directory = MessageBundlesTest.class.getClassLoader().getResource("i18n");
        assertThat(directory).as("i18n/ on the classpath").isNotNull();
        // The main resources are a directory of the test classpath (target/classes), not a jar.
        Path i18n = Path.of(directory.toURI());
        Set<String> baseNames = new TreeSet<>();
        try (Stream<Path> files = Files.list(i18n)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .map(name -> name.endsWith(CHINESE) ? name.substring(0, name.length() - CHINESE.length()) : name)
                    .forEach(baseNames::add);
        }
        for (String base : baseNames) {
            BASES.put(
                    base,
                    new Bundles(
                            read(i18n.resolve(base + ".properties")),
                            read(i18n.resolve(base + CHINESE + ".properties"))));
        }
        ImportOption mainCode = new ImportOption.DoNotIncludeTests();
        api = new ClassFileImporter().withImportOption(mainCode).importPackages("com.aftersales.api");
        commandSide = new ClassFileImporter().withImportOption(mainCode).importPackages("com.aftersales.command");
    }

    @Test
    void everyBaseHasTheSameKeysInBothLanguagesAndNoBlankValue() {
        assertThat(BASES).containsKeys("enums", "rules", "events");
        List<String> problems = new ArrayList<>();
        BASES.forEach((base, bundles) -> {
            Set<String> english = bundles.english().stringPropertyNames();
            Set<String> chinese = bundles.chinese().stringPropertyNames();
            english.stream()
                    .filter(key -> !chinese.contains(key))
                    .sorted()
                    .forEach(key -> problems.add(base + CHINESE + ".properties lacks " + key));
            chinese.stream()
                    .filter(key -> !english.contains(key))
                    .sorted()
                    .forEach(key -> problems.add(base + ".properties lacks " + key));
            blankKeys(bundles.english()).forEach(key -> problems.add(base + ".properties: blank " + key));
            blankKeys(bundles.chinese()).forEach(key -> problems.add(base + CHINESE + ".properties: blank " + key));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEnumConstantOfTheApiHasItsLabel() {
        Set<String> keys = new TreeSet<>();
        Map<String, String> enumsBySimpleName = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (JavaClass type : api) {
            if (!type.isEnum()) {
                continue;
            }
            String earlier = enumsBySimpleName.put(type.getSimpleName(), type.getName());
            if (earlier != null) {
                clashes.add(earlier + " and " + type.getName());
            }
            type.getEnumConstants()
                    .forEach(constant -> keys.add("enum." + type.getSimpleName() + "." + constant.name()));
        }
        assertThat(clashes)
                .as("enum.<SimpleName> keys need the simple names of the api's enums to differ")
                .isEmpty();
        assertThat(keys).contains("enum.Urgency.URGENT", "enum.Role.CLERK");
        assertThat(missingIn("enums", keys)).isEmpty();
    }

    @Test
    void everyRuleCodeHasItsSentence() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : commandSide) {
            if (type.isEnum() && type.isAssignableTo(RuleCode.class)) {
                for (Object constant : Objects.requireNonNull(type.reflect().getEnumConstants())) {
                    keys.add("rule." + ((RuleCode) constant).code());
                }
            }
        }
        assertThat(keys).contains("rule.TICKET_CLOSED", "rule.SUPERIOR_CYCLE", "rule.STALE_POLICY_VERSION");
        assertThat(missingIn("rules", keys)).isEmpty();
    }

    @Test
    void everyEventHasItsTimelineLabel() {
        Set<String> keys = new TreeSet<>();
        for (JavaClass type : api) {
            if (type.getSimpleName().endsWith("Event") && !type.isAnonymousClass()) {
                keys.add("event." + type.getSimpleName());
            }
        }
        assertThat(keys).contains("event.ServiceTicketRegisteredEvent", "event.SuperiorAssignedEvent");
        assertThat(missingIn("events", keys)).isEmpty();
    }

    @Test
    void theChineseOfTheTranslationsIsChinese() {
        List<String> untranslated = new ArrayList<>();
        for (String base : TRANSLATION_BASES) {
            Properties chinese = bundles(base).chinese();
            chinese.stringPropertyNames().stream()
                    .sorted()
                    .filter(key -> chinese.getProperty(key).codePoints().noneMatch(MessageBundlesTest::isHan))
                    .forEach(key ->
                            untranslated.add(base + CHINESE + ".properties: " + key + "=" + chinese.getProperty(key)));
        }
        assertThat(untranslated).isEmpty();
    }

    /**
     * Spring formats a message with MessageFormat once arguments are passed, which drops a lone
     * apostrophe and reads braces as placeholders; the translations take no arguments, so none may
     * hold either, whichever way a page asks for them.
     */
    @Test
    void theTranslationsReadTheSameWithOrWithoutArguments() {
        List<String> unsafe = new ArrayList<>();
        for (String base : TRANSLATION_BASES) {
            Bundles bundles = bundles(base);
            Map.of(base + ".properties", bundles.english(), base + CHINESE + ".properties", bundles.chinese())
                    .forEach((file, properties) -> properties.stringPropertyNames().stream()
                            .sorted()
                            .filter(key -> properties.getProperty(key).matches(".*['{}].*"))
                            .forEach(key -> unsafe.add(file + ": " + key)));
        }
        unsafe.sort(null);
        assertThat(unsafe).isEmpty();
    }

    private static Bundles bundles(String base) {
        assertThat(BASES).containsKey(base);
        return BASES.get(base);
    }

    private static List<String> missingIn(String base, Set<String> keys) {
        Bundles bundles = bundles(base);
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!bundles.english().containsKey(key)) {
                missing.add(base + ".properties lacks " + key);
            }
            if (!bundles.chinese().containsKey(key)) {
                missing.add(base + CHINESE + ".properties lacks " + key);
            }
        }
        return missing;
    }

    private static List<String> blankKeys(Properties properties) {
        return properties.stringPropertyNames().stream()
                .filter(key -> properties.getProperty(key).isBlank())
                .sorted()
                .toList();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** A key given twice silently keeps the last value, so a second copy is refused outright. */
    private static Properties read(Path file) throws IOException {
        assertThat(file)
                .as("each base has a default (English) and a " + CHINESE + " file")
                .exists();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object earlier = super.put(key, value);
                assertThat(earlier)
                        .as(file.getFileName() + " gives " + key + " twice")
                        .isNull();
                return earlier;
            }
        };
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
