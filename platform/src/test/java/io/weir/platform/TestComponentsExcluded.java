package io.weir.platform;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps test-only configuration (the integration tests' movable clock) out of the component scan when the test
 * application runs outside a test: the benchmarks and the crash test need the real system clock.
 */
public final class TestComponentsExcluded extends TypeExcludeFilter {

    @Override
    public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
        return metadataReader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TestComponentsExcluded;
    }

    @Override
    public int hashCode() {
        return TestComponentsExcluded.class.hashCode();
    }
}
