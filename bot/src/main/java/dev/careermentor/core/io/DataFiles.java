package dev.careermentor.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bot's own files under the data folder (audit log, reports, usage stats): created readable by
 * the bot's user only (folders 0700, files 0600, where the file system has POSIX permissions, as the
 * audit log holds moderators' names and ids), appended a whole line at a time, and repaired when a
 * crash left the last line half-written.
 */
public final class DataFiles {
    private DataFiles() {}

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** The suffix of the file a torn last line is kept in, beside the file it was cut from. */
    public static final String TORN_SUFFIX = ".torn";

    private static boolean posix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        return existing != null
                && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code dir} and any missing parents, each new one 0700; existing folders are left as they are. */
    public static void createFolder(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) return;
        Path parent = abs.getParent();
        if (parent != null) createFolder(parent);
        try {
            if (posix(abs)) {
                Files.createDirectory(abs, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectory(abs);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(abs)) throw e;
        }
    }

    /**
     * Makes an existing file readable and writable by the bot's user only (0600), for files a library
     * creates with the default mode (the embedded database); nothing on file systems without POSIX modes.
     */
    public static void restrict(Path file) throws IOException {
        if (Files.isRegularFile(file) && posix(file)) Files.setPosixFilePermissions(file, FILE);
    }

    /** The parent folder of {@code file}, created 0700 when missing. */
    public static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) createFolder(parent);
    }

    private static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Opens {@code file} for writing with {@code options}; a file this creates is 0600. */
    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        createParent(file);
        return FileChannel.open(file, Set.of(options), fileAttributes(file));
    }

    /** Appends {@code text} (whole lines) to {@code file}; with {@code sync}, forced to disk before returning. */
    public static void append(Path file, String text, boolean sync) throws IOException {
        try (FileChannel ch =
                open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) ch.write(buf);
            if (sync) ch.force(true);
        }
    }

    /**
     * Replaces {@code file} with {@code text} atomically (a crash leaves the old or the new file), through a
     * 0600 temporary file beside it.
     */
    public static void replace(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch =
                open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * When a crash left {@code file}'s last line without its newline, moves that torn piece to
     * {@code file.torn} (appended there on a line of its own, never deleted) and cuts the file back to its
     * last complete line, so the next entry starts on a line of its own instead of being glued to the
     * torn one and lost with it. Returns the torn piece, or null when the file ends cleanly.
     */
    public static @Nullable String repairTornTail(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            if (size == 0 || byteAt(ch, size - 1) == '\n') return null;
            long start = size - 1;
            while (start > 0 && byteAt(ch, start - 1) != '\n') start--;
            ByteBuffer torn = ByteBuffer.allocate((int) Math.min(size - start, 1 << 20));
            ch.position(size - torn.capacity());
            while (torn.hasRemaining() && ch.read(torn) > 0) {}
            String piece = new String(torn.array(), 0, torn.position(), StandardCharsets.UTF_8);
            append(file.resolveSibling(file.getFileName() + TORN_SUFFIX), piece + "\n", true);
            ch.truncate(start);
            ch.force(true);
            return piece;
        }
    }

    private static byte byteAt(FileChannel ch, long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        ch.read(b, pos);
        return b.get(0);
    }
}
