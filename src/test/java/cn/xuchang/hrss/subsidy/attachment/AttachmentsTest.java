package cn.xuchang.hrss.subsidy.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.xuchang.hrss.subsidy.kernel.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An attachment is a PDF, JPEG or PNG by its first bytes, at most 5 MB; a refusal is 400 INVALID_ATTACHMENT. */
class AttachmentsTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path root;

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedByItsContentAndNothingIsStaged() throws IOException {
        Attachments attachments = new Attachments(root.toString());
        byte[] exe = "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1);

        ApiException refused = catchThrowableOfType(
                () -> attachments.stage(List.of(upload("营业执照", "执照.pdf", PDF), upload("项目说明", "说明.pdf", exe))),
                ApiException.class);

        assertThat(refused.code()).isEqualTo("INVALID_ATTACHMENT");
        assertThat(refused.getMessage()).contains("项目说明", "PDF", "说明.pdf");
        assertThat(stagedFiles()).isEmpty();
    }

    @Test
    void anEmptyOrOversizedFileIsRefusedBeforeAnythingIsRead() {
        Attachments attachments = new Attachments(root.toString());

        ApiException empty = catchThrowableOfType(
                () -> attachments.stage(
                        List.of(new Attachments.Upload("营业执照", "执照.pdf", 0, new ByteArrayInputStream(new byte[0])))),
                ApiException.class);
        ApiException tooLarge = catchThrowableOfType(
                () -> attachments.stage(List.of(new Attachments.Upload(
                        "营业执照", "执照.pdf", Attachments.MAX_BYTES + 1, new ByteArrayInputStream(PDF)))),
                ApiException.class);

        assertThat(empty.code()).isEqualTo("INVALID_ATTACHMENT");
        assertThat(empty.getMessage()).contains("空文件");
        assertThat(tooLarge.code()).isEqualTo("INVALID_ATTACHMENT");
        assertThat(tooLarge.getMessage()).contains("超过 5 MB");
    }

    @Test
    void aPdfIsStagedUnderItsLabel() {
        Attachments attachments = new Attachments(root.toString());

        Attachments.Staged staged = attachments.stage(List.of(upload("营业执照", "scan.bin", PDF)));

        assertThat(staged.names()).containsExactly("营业执照.pdf");
    }

    private static Attachments.Upload upload(String label, String name, byte[] bytes) {
        return new Attachments.Upload(label, name, bytes.length, new ByteArrayInputStream(bytes));
    }

    private List<Path> stagedFiles() throws IOException {
        Path staging = root.resolve(".staging");
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
