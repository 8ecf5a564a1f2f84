package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No parser, detector or OCR of Tika runs a program: a child JVM whose PATH starts with fake ffmpeg, exiftool,
 * sox, tesseract, ImageMagick, GDAL and file/strings (each recording its call and answering like the real one,
 * so Tika would take them as installed) analyses images, audio, video and documents with embedded pictures;
 * none of the fakes may have run. A forensic result must not depend on the programs a laptop happens to have.
 */
class NoExternalProgramTest {
    private static final List<String> PROGRAMS = List.of("ffmpeg", "ffprobe", "exiftool", "sox", "tesseract",
            "convert", "magick", "identify", "gdalinfo", "ogrinfo", "strings", "file", "pdftotext", "pdftoppm", "unrar",
            "7z", "libreoffice", "soffice");

    @TempDir
    Path tmp;

    @Test
    void analysingMediaImagesAndDocumentsRunsNoProgramFromThePath() throws Exception {
        Path log = tmp.resolve("ran.log");
        Path bin = fakePrograms(Files.createDirectories(tmp.resolve("bin")), log);
        List<Path> samples = samples(Files.createDirectories(tmp.resolve("sampel")));

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), OfflineAnalysisChild.class.getName()));
        samples.forEach(s -> command.add(s.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.txt").toFile());
        pb.environment().put("PATH", bin + ":" + pb.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        pb.environment().remove("TIKA_CONFIG");
        Process child = pb.start();
        assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(tmp.resolve("child.txt"));

        assertThat(out).as(out).contains("done");
        // the documents were read (their embedded pictures passed through Tika too), so Tika's parsers did run
        assertThat(out).contains("surat.pdf application/pdf - 3", "surat.docx application/vnd.openxmlformats-officedocument"
                + ".wordprocessingml.document - 3", "foto.jpg image/jpeg", "rekaman.wav audio/vnd.wave", "lagu.mp3 audio/mpeg");
        assertThat(Files.exists(log) ? Files.readString(log) : "").as("programs run from PATH").isEmpty();
        // the fakes do work when run: the empty log is not the fakes' fault
        Process probe = new ProcessBuilder(bin.resolve("tesseract").toString(), "--version").start();
        assertThat(probe.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(log)).startsWith("tesseract --version");
    }

    private static Path fakePrograms(Path bin, Path log) throws IOException {
        Map<String, String> answers = Map.of("ffmpeg", "ffmpeg version 6.0 Copyright (c) 2000-2023 the FFmpeg developers",
                "exiftool", "12.57", "sox", "sox:      SoX v14.4.2", "tesseract", "tesseract 5.3.0",
                "gdalinfo", "GDAL 3.6.2, released 2023/01/02");
        for (String name : PROGRAMS) {
            Path script = bin.resolve(name);
            Files.writeString(script, "#!/bin/sh\necho \"" + name + " $*\" >> '" + log + "'\necho '"
                    + answers.getOrDefault(name, name + " 1.0") + "'\nexit 0\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private static List<Path> samples(Path dir) throws IOException {
        BufferedImage picture = picture();
        List<Path> files = new ArrayList<>();
        files.add(image(dir.resolve("foto.jpg"), picture, "jpg"));
        files.add(image(dir.resolve("ktp.png"), picture, "png"));
        files.add(image(dir.resolve("scan.tif"), picture, "tiff"));
        files.add(image(dir.resolve("gambar.gif"), picture, "gif"));
        files.add(wav(dir.resolve("rekaman.wav")));
        files.add(Files.write(dir.resolve("lagu.mp3"), mp3()));
        files.add(Files.write(dir.resolve("video.mp4"), mp4()));
        files.add(Files.write(dir.resolve("video.avi"), avi()));
        files.add(Files.write(dir.resolve("surat.pdf"), pdfWithPicture(picture)));
        files.add(Files.write(dir.resolve("surat.docx"), docxWithPicture(picture)));
        files.add(Corpus.write(dir, "surat.odt", DocumentAndTextAnalysisTest.odt(DocumentAndTextAnalysisTest.LETTER)));
        files.add(Corpus.write(dir, "surat.html", Corpus.utf8("<html><body><p>" + DocumentAndTextAnalysisTest.LETTER
                + "</p><img src=\"ktp.png\"></body></html>")));
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("foto.jpg", Files.readAllBytes(dir.resolve("foto.jpg")));
        zipped.put("rekaman.wav", Files.readAllBytes(dir.resolve("rekaman.wav")));
        files.add(Corpus.write(dir, "lampiran.zip", Corpus.zip(zipped)));
        return files;
    }

    /** A scanned ID card as OCR would want it: dark text on white. */
    private static BufferedImage picture() {
        BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(28f));
        g.drawString("NIK 3171012505880002 BUDI SANTOSO", 20, 100);
        g.dispose();
        return img;
    }

    private static Path image(Path file, BufferedImage img, String format) throws IOException {
        if (!ImageIO.write(img, format, file.toFile())) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return file;
    }

    private static byte[] pngBytes(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static Path wav(Path file) throws IOException {
        byte[] pcm = new byte[8000 * 2 / 10];
        for (int i = 0; i < pcm.length / 2; i++) {
            short v = (short) (Math.sin(i / 8000.0 * 2 * Math.PI * 440) * 8000);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2),
                AudioFileFormat.Type.WAVE, file.toFile());
        return file;
    }

    /** An ID3v2 tag and silent MPEG-1 layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each). */
    private static byte[] mp3() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] title = "Rekaman Rapat".getBytes(StandardCharsets.ISO_8859_1);
        out.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, (byte) (10 + title.length + 1)});
        out.writeBytes(new byte[] {'T', 'I', 'T', '2', 0, 0, 0, (byte) (title.length + 1), 0, 0, 0});
        out.writeBytes(title);
        for (int f = 0; f < 20; f++) {
            byte[] frame = new byte[417];
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    /** An ISO base-media file: ftyp and an empty moov, as a truncated phone video would start. */
    private static byte[] mp4() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm',
                'm', 'p', '4', '1'});
        out.writeBytes(new byte[] {0, 0, 0, 8, 'm', 'o', 'o', 'v'});
        out.writeBytes(new byte[] {0, 0, 0, 16, 'm', 'd', 'a', 't', 0, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    /** A RIFF AVI header with an empty list, as ffmpeg would be asked to probe. */
    private static byte[] avi() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'R', 'I', 'F', 'F', 28, 0, 0, 0, 'A', 'V', 'I', ' ', 'L', 'I', 'S', 'T', 16, 0, 0, 0,
                'h', 'd', 'r', 'l', 'a', 'v', 'i', 'h', 4, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    private static byte[] pdfWithPicture(BufferedImage picture) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 9);
                s.newLineAtOffset(20, 700);
                s.showText(DocumentAndTextAnalysisTest.LETTER);
                s.endText();
                s.drawImage(LosslessFactory.createFromImage(doc, picture), 20, 400, 300, 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docxWithPicture(BufferedImage picture) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setText(DocumentAndTextAnalysisTest.LETTER);
            try {
                run.addPicture(new ByteArrayInputStream(pngBytes(picture)), Document.PICTURE_TYPE_PNG, "ktp.png",
                        300 * 9525, 100 * 9525);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
