namespace Parley.Duplicates;

/// <summary>Which document of a duplicate pair was machine-spun from the other, if either.</summary>
public enum SpunSide
{
    /// <summary>Neither: a syndicated copy or an editor's rewrite.</summary>
    Neither,

    /// <summary>The first document of the pair is the spun copy.</summary>
    First,

    /// <summary>The second document of the pair is the spun copy.</summary>
    Second,
}
