using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Common.Data;
using MotCua.Common.Localization;
using MotCua.Modules.Integration.Data;

namespace MotCua.Modules.Integration;

/// <summary>
/// The <c>Idempotency-Key</c> of the submissions (dossiers, PAKN, Open311): a retry with the same key and body gets the first
/// answer; the same key with another body, or on another kind of submission, is refused with 409.
/// </summary>
internal static class Idempotency
{
    public const string Header = "Idempotency-Key";

    /// <summary>The key sent, empty when none; null when it is too long or holds a control character.</summary>
    public static string? KeyOf(HttpContext http)
    {
        var key = http.Request.Headers[Header].ToString();
        return key.Length > IdempotencyRecord.MaxKeyLength || key.Any(char.IsControl) ? null : key;
    }

    /// <summary>
    /// SHA-256 of the body, prefixed by the kind of submission so that a key is never answered across kinds (dossiers hash
    /// their body alone, as their records always did; no prefixed hash can equal one).
    /// </summary>
    public static string Hash(string kind, byte[] body) =>
        Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(kind + "\n"), .. body]));

    /// <summary>
    /// The hash of a body sent with files (a multipart submission): the body, then each file's name and the SHA-256 of its
    /// bytes in the order sent, so that other files make another request; with no file, the body's own hash.
    /// </summary>
    public static async Task<string> HashAsync(string kind, byte[] body, IReadOnlyList<IFormFile> files, CancellationToken cancellationToken)
    {
        var described = new List<byte>(body);
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            var digest = await SHA256.HashDataAsync(content, cancellationToken);
            described.AddRange(Encoding.UTF8.GetBytes("\n" + JsonSerializer.Serialize(file.FileName) + " " + Convert.ToHexStringLower(digest)));
        }

        return Hash(kind, [.. described]);
    }

    public static Task<IdempotencyRecord?> FindAsync(AppDbContext db, string clientId, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.ClientId == clientId && r.Key == key, cancellationToken);

    public static IdempotencyRecord Record(string clientId, string key, string requestHash, int status, string responseJson, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), ClientId = clientId, Key = key, RequestHash = requestHash, StatusCode = status, ResponseJson = responseJson, CreatedAt = now,
    };

    public static string ReusedTitle => ResourceText.Get<IntegrationText>("Api_IdempotencyKeyReused");

    public static string ReusedDetail => ResourceText.Get<IntegrationText>("Api_IdempotencyKeyReusedDetail");
}
