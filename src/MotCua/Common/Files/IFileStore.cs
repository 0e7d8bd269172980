namespace MotCua.Common.Files;

/// <summary>
/// Where uploaded files live, outside the database: one store per module, registered under the module's key
/// (<see cref="FileStores.AddFileStore"/>). Keys are the store's own; the uploader's file name is never used.
/// </summary>
internal interface IFileStore
{
    /// <summary>
    /// Stores <paramref name="content"/> from its current position under a new key, computing its SHA-256 on the way.
    /// Returns null, keeping nothing, when the content is longer than <paramref name="maxBytes"/>; a file that is not
    /// completely written is never visible under a key.
    /// </summary>
    Task<StoredFile?> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken);

    /// <summary>Opens a stored file for reading.</summary>
    Stream OpenRead(string key);

    /// <summary>Removes a stored file; nothing happens when it is not there.</summary>
    void Delete(string key);
}

/// <param name="Key">Relative, e.g. <c>2026/11/3f2a9c…</c>.</param>
/// <param name="Sha256">Lower-case hex.</param>
internal sealed record StoredFile(string Key, long Size, string Sha256);
