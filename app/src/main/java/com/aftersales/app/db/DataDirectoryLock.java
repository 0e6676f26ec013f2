package com.aftersales.app.db;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Ownership of one embedded data directory: an exclusive OS lock on {@value #FILE_NAME} in the
 * base directory, held from before the server is touched until it has stopped. The operating
 * system drops the lock when its process dies (even by {@code kill -9}), so a free lock means that
 * no living application owns the directory, and whatever server it left behind is an orphan.
 *
 * <p>The file holds the owner's pid, for the message a refused start shows. It is never deleted:
 * a process that opened it just before a delete would lock a file nobody else sees.
 */
final class DataDirectoryLock implements AutoCloseable {
    static final String FILE_NAME = "ledger.lock";

    /** Lock files this JVM holds: locks are per process, so the OS would say yes to a second try. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /**
     * Channels that met a lock taken elsewhere in this JVM. Closing any channel of a file releases
     * every lock the process holds on it (POSIX), so these stay open rather than break that lock.
     */
    private static final List<FileChannel> KEPT_OPEN = new CopyOnWriteArrayList<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock at once or refuses with {@link DataDirectoryInUseException}; never waits. */
    static DataDirectoryLock acquire(Path baseDirectory) throws IOException {
        Files.createDirectories(baseDirectory);
        Path file = baseDirectory.toRealPath().resolve(FILE_NAME);
        long self = ProcessHandle.current().pid();
        if (!HELD.add(file)) {
            throw new DataDirectoryInUseException(baseDirectory, OptionalLong.of(self), true);
        }
        try {
            return lock(baseDirectory, file, self);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    private static DataDirectoryLock lock(Path baseDirectory, Path file, long self) throws IOException {
        FileChannel channel = FileChannel.open(file, CREATE, READ, WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            KEPT_OPEN.add(channel);
            throw new DataDirectoryInUseException(baseDirectory, OptionalLong.of(self), true);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            OptionalLong holder = readPid(channel);
            channel.close();
            throw new DataDirectoryInUseException(baseDirectory, holder, false);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((self + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(true);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new DataDirectoryLock(file, channel, lock);
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(file);
            }
        }
    }
}
