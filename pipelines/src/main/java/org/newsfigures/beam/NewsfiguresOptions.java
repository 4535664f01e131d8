package org.newsfigures.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the newsfigures pipeline; every other Beam option (--runner, …) passes through. */
public interface NewsfiguresOptions extends PipelineOptions {
  @Description("Folder the tables are written to, one sub-folder per table.")
  @Validation.Required
  String getTableOutput();

  void setTableOutput(String value);

  @Description("Files larger than this many bytes are rejected as too_large without being read.")
  @Default.Long(5_000_000L)
  long getMaxArticleBytes();

  void setMaxArticleBytes(long value);
}
