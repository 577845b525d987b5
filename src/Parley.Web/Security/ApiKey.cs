using System.Security.Cryptography;

namespace Parley.Web.Security;

/// <summary>The check of the key a write presents in its <c>X-Api-Key</c> header (or as <c>Authorization: Bearer KEY</c>).</summary>
public static class ApiKey
{
    /// <summary>The header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The key <paramref name="request"/> presents, or null.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers[Header].ToString() is { Length: > 0 } key)
            return key;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <summary>
    /// True when <paramref name="presented"/> is <paramref name="expected"/>. Both are hashed first and the hashes
    /// compared in constant time, so neither the position of the first wrong character nor the key's length
    /// shows in the response time.
    /// </summary>
    public static bool Matches(string? presented, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (presented is null)
            return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
