namespace Parley.Cli.Commands.Store;

/// <summary>Counts of an ingest run so far.</summary>
/// <param name="Read">Articles read (stored, skipped or failed).</param>
/// <param name="Documents">Documents stored (or reprocessed).</param>
/// <param name="Events">Events stored with them.</param>
/// <param name="Duplicates">Articles skipped because they were stored already.</param>
/// <param name="Failures">Inputs that could not be read or processed.</param>
public readonly record struct IngestSummary(long Read, long Documents, long Events, long Duplicates, long Failures);
