using System.Security.Cryptography;
using System.Text;

namespace Parley.Reading;

/// <summary>Content-derived document identifiers: the same text always gets the same id.</summary>
public static class DocumentIds
{
    /// <summary>The first 16 hex digits of the SHA-256 of the UTF-8 text.</summary>
    public static string FromText(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
