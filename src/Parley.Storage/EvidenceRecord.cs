namespace Parley.Storage;

/// <summary>One mention of an event.</summary>
/// <param name="Start">First character in the document text.</param>
/// <param name="End">Character after the last.</param>
/// <param name="Sentence">Index of its sentence.</param>
/// <param name="Text">The words.</param>
/// <param name="SentenceText">The whole sentence.</param>
public sealed record EvidenceRecord(int Start, int End, int Sentence, string Text, string SentenceText);
