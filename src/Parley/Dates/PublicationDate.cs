namespace Parley.Dates;

/// <summary>A document's publication date and where it was found.</summary>
public readonly record struct PublicationDate(PartialDate Date, DateSource Source);
