namespace Parley.Storage.Commitments;

/// <summary>Which commitments to list: by donor, recipient, category and day, all optional.</summary>
public sealed record CommitmentQuery
{
    /// <summary>A donor's code or name.</summary>
    public string? Donor { get; init; }

    /// <summary>A recipient's code or name.</summary>
    public string? Recipient { get; init; }

    /// <summary>military, humanitarian or financial.</summary>
    public string? Category { get; init; }

    /// <summary>First day, inclusive.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public DateOnly? Until { get; init; }
}
