/**
 * Build-time generator of hft-net's wire codecs: reads one XML schema per protocol
 * ({@link dev.hft.codegen.SchemaReader} into the {@link dev.hft.codegen.Schema} model) and writes Java sources
 * ({@link dev.hft.codegen.CodecGenerator}, one writer per protocol dialect). JDK only; never on a runtime class path.
 */
package dev.hft.codegen;
