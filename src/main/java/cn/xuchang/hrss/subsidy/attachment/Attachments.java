package cn.xuchang.hrss.subsidy.attachment;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The files an applicant attaches (a business licence, a project description): PDF, JPEG or PNG, recognised by their
 * first bytes rather than their names, at most {@value #MAX_BYTES} bytes each; kept on disk under {@code
 * skill-subsidy.attachments.dir} (default {@code ./data/attachments}, so they survive restarts), one folder per
 * application. Files are first staged and only moved under the application once it is stored, so a refused
 * application leaves no file behind.
 */
@Component
public class Attachments {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** A file as uploaded, with the name it is kept under (e.g. 营业执照). */
    public record Upload(String label, String originalName, long size, InputStream content) {}

    /** Files checked and written to a staging folder, not yet under an application. */
    public record Staged(Path folder, List<String> names) {}

    private final Path root;

    Attachments(@Value("${skill-subsidy.attachments.dir:./data/attachments}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** Checks every upload (type, size) and stages them; a refusal stages nothing. */
    public Staged stage(List<Upload> uploads) {
        for (Upload upload : uploads) {
            if (upload.size() == 0) {
                throw invalid("“" + upload.label() + "”是空文件，请重新选择");
            }
            if (upload.size() > MAX_BYTES) {
                throw invalid("“" + upload.label() + "”超过 5 MB，请压缩后上传");
            }
        }
        Path folder = root.resolve(".staging").resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(folder);
            List<String> names = new java.util.ArrayList<>();
            for (Upload upload : uploads) {
                byte[] bytes = upload.content().readNBytes((int) MAX_BYTES + 1);
                String extension = extensionOf(bytes);
                if (extension == null) {
                    throw invalid("“" + upload.label() + "”应为 PDF 文件或图片（JPG、PNG），“" + upload.originalName() + "”不是");
                }
                String name = upload.label() + "." + extension;
                Files.write(folder.resolve(name), bytes);
                names.add(name);
            }
            return new Staged(folder, List.copyOf(names));
        } catch (IOException e) {
            discard(new Staged(folder, List.of()));
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(new Staged(folder, List.of()));
            throw e;
        }
    }

    /** Moves the staged files under the application. */
    public void keep(Staged staged, String applicationId) {
        try {
            Path target = folderOf(applicationId);
            Files.createDirectories(target.getParent());
            Files.move(staged.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Staged staged) {
        if (!Files.exists(staged.folder())) {
            return;
        }
        try (Stream<Path> files = Files.walk(staged.folder())) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the application's files. */
    public List<String> list(String applicationId) {
        Path folder = folderOf(applicationId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the application's files, by a name {@link #list} gives; else null. */
    public byte[] read(String applicationId, String name) {
        if (!list(applicationId).contains(name)) {
            return null;
        }
        try {
            return Files.readAllBytes(folderOf(applicationId).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MediaType mediaTypeOf(String name) {
        if (name.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        return name.endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
    }

    private Path folderOf(String applicationId) {
        if (!applicationId.matches("[0-9a-fA-F-]{36}")) {
            throw ApiException.notFound("NOT_FOUND", "没有找到该申请");
        }
        return root.resolve(applicationId);
    }

    private static String extensionOf(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return "pdf";
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "png";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "jpg";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("INVALID_ATTACHMENT", message);
    }
}
