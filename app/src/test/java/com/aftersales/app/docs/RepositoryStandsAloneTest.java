package com.aftersales.app.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user of the repository has nothing but the repository: every relative link in its Markdown
 * resolves to a file in it, and no file names a path of the machine it was written on.
 */
class RepositoryStandsAloneTest {
    /** The repository root, seen from the app module where this test runs. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", ".mvn", "node_modules", ".idea");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    /** Paths that exist only on a developer's machine: the briefing beside the checkout, home folders. */
    private static final Pattern MACHINE_PATH = Pattern.compile(
            "((?<![\\w-])\\.\\./shared(?![\\w-])|(?<![\\w.])/work(?=/)|(?<![\\w.])/root(?=/)|(?<![\\w.])/home(?=/\\w))");

    @Test
    void everyRelativeMarkdownLinkResolvesInsideTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path file : files(".md")) {
            Matcher link = MARKDOWN_LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("#")) {
                    continue;
                }
                String pathPart = target.replaceFirst("#.*$", "");
                Path resolved = pathPart.startsWith("/")
                        ? Path.of(pathPart)
                        : file.getParent().resolve(pathPart).normalize();
                if (pathPart.startsWith("/") || !resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(file) + " → " + target);
                }
            }
        }
        assertThat(broken).as("links that do not resolve inside the repository").isEmpty();
    }

    @Test
    void noFileNamesAPathOfTheMachineItWasWrittenOn() {
        List<String> found = new ArrayList<>();
        for (Path file : files("")) {
            if (file.getFileName().toString().equals("RepositoryStandsAloneTest.java")) {
                continue;
            }
            String text = read(file);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (MACHINE_PATH.matcher(lines[i]).find()) {
                    found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("machine paths").isEmpty();
    }

    @Test
    void theRepositoryCarriesItsOwnRules() {
        assertThat(ROOT.resolve("docs/domain")).isDirectory();
        assertThat(files(".md").stream().filter(f -> f.startsWith(ROOT.resolve("docs/domain"))))
                .isNotEmpty();
    }

    private static List<Path> files(String suffix) {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(path -> ROOT.relativize(path).toString().isEmpty()
                            || Stream.iterate(ROOT.relativize(path), p -> p != null, Path::getParent)
                                    .noneMatch(p -> SKIPPED_DIRECTORIES.contains(
                                            p.getFileName().toString())))
                    .filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(suffix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's text, or null for a binary file. */
    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
