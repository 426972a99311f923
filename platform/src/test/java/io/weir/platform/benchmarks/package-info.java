/** Throughput and lateness benchmarks on the embedded defaults, each against raw Operaton in the same run. */
package io.weir.platform.benchmarks;
