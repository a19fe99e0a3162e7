package dev.byline.slug.internal;

import dev.byline.slug.spi.JapaneseReader;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The {@link JapaneseReader} installed beside byline-core, if any: the first provider that
 * {@link ServiceLoader} finds through byline-core's own class loader (not the thread's context
 * class loader, so that a reader is never kept from a loader that should be unloaded). Looked up
 * once, on first use. A provider that is present but fails to load is remembered with its error
 * and reported in the slugger's message for Japanese titles.
 */
public final class JapaneseReaders {

    private JapaneseReaders() {}

    private static final class Lookup {
        static @Nullable String failure;
        static final @Nullable JapaneseReader INSTALLED = find();

        private static @Nullable JapaneseReader find() {
            try {
                Iterator<JapaneseReader> it =
                        ServiceLoader.load(JapaneseReader.class, JapaneseReader.class.getClassLoader()).iterator();
                return it.hasNext() ? it.next() : null;
            } catch (ServiceConfigurationError e) {
                failure = String.valueOf(e.getMessage());
                return null;
            }
        }
    }

    /** The installed reader, or empty. */
    public static Optional<JapaneseReader> installed() {
        return Optional.ofNullable(Lookup.INSTALLED);
    }

    /** Why a reader that is present could not be loaded, or null. */
    static @Nullable String failure() {
        installed();
        return Lookup.failure;
    }
}
