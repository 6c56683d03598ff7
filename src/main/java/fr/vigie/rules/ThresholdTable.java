package fr.vigie.rules;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The thresholds of a pack as a reader sees them: the data rows of its decision tables, CSV or XLSX (the rows
 * after the « Profils, Paramètre, Valeur… » header), one per parameter and group of profiles.
 */
public final class ThresholdTable {

    /** One row: the profiles it applies to, the parameter key (« SLA-01.min »), value, unit, description, where. */
    public record Row(List<String> profiles, String key, String value, String unit, String description, String file, long line) {
        public Row {
            profiles = List.copyOf(profiles);
        }
    }

    private ThresholdTable() {
    }

    public static List<Row> read(Path packRoot) {
        List<Row> rows = new ArrayList<>();
        Path dir = packRoot.resolve("thresholds");
        if (!Files.isDirectory(dir)) {
            return rows;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path table : files.filter(f -> f.toString().endsWith(".drl.csv") || f.toString().endsWith(".drl.xlsx"))
                    .sorted().toList()) {
                rows.addAll(table.toString().endsWith(".csv") ? readCsv(table) : readXlsx(table));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * What would otherwise surface as a compile error in generated Java: a value that is not a number, an unknown
     * profile, a parameter given twice for the same profile. Each problem names the file and line.
     */
    public static List<String> problems(Path packRoot, java.util.Set<String> profiles) {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row row : read(packRoot)) {
            String where = row.file() + ":" + row.line();
            if (!row.value().matches("-?\\d+(?:\\.\\d+)?")) {
                problems.add(where + " : la valeur « " + row.value() + " » de " + row.key()
                        + " n'est pas un nombre (écrire par exemple 12 ou 99.5, avec un point).");
            }
            if (row.profiles().isEmpty()) {
                problems.add(where + " : aucun profil dans la colonne Profils pour " + row.key() + ".");
            }
            for (String p : row.profiles()) {
                if (!profiles.contains(p)) {
                    problems.add(where + " : profil inconnu « " + p + " » (profils : " + String.join(", ", new java.util.TreeSet<>(profiles)) + ").");
                }
                if (!seen.add(p + "|" + row.key())) {
                    problems.add(where + " : " + row.key() + " est déjà fixé pour le profil « " + p + " ».");
                }
            }
        }
        return problems;
    }

    /** The same rows from a spreadsheet (first sheet), as legal staff keep them in Excel or LibreOffice. */
    private static List<Row> readXlsx(Path xlsx) throws IOException {
        List<Row> rows = new ArrayList<>();
        String file = xlsx.getParent().getFileName() + "/" + xlsx.getFileName();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
        try (var in = Files.newInputStream(xlsx); var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            boolean data = false;
            for (org.apache.poi.ss.usermodel.Row r : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(5, r.getLastCellNum()); c++) {
                    cells.add(format.formatCellValue(r.getCell(c)).strip());
                }
                if (!data) {
                    data = cells.get(0).equalsIgnoreCase("Profils");
                    continue;
                }
                if (cells.get(1).isBlank()) {
                    continue;
                }
                List<String> profiles = Arrays.stream(cells.get(0).split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
                rows.add(new Row(profiles, cells.get(1), cells.get(2), cells.get(3), cells.get(4), file, r.getRowNum() + 1L));
            }
        }
        return rows;
    }

    private static List<Row> readCsv(Path csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        String file = csv.getParent().getFileName() + "/" + csv.getFileName();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            boolean data = false;
            for (CSVRecord r : CSVFormat.DEFAULT.parse(reader)) {
                if (!data) {
                    data = r.size() > 1 && r.get(0).strip().equalsIgnoreCase("Profils");
                    continue;
                }
                if (r.size() < 3 || r.get(1).isBlank()) {
                    continue;
                }
                List<String> profiles = Arrays.stream(r.get(0).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                rows.add(new Row(profiles, r.get(1).strip(), r.get(2).strip(), r.size() > 3 ? r.get(3).strip() : "",
                        r.size() > 4 ? r.get(4).strip() : "", file, r.getRecordNumber()));
            }
        }
        return rows;
    }
}
