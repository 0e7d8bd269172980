using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace MotCua.Common.Files;

/// <summary>
/// Files under a module's own folder, named <c>yyyy/MM/{random 128-bit id}</c> without extension, so a name can neither
/// be guessed nor run. Each file is written to <c>incoming/</c> first and moved into place when complete (a rename on
/// the same volume), so a half-written file never has a key.
/// </summary>
/// <param name="path">The folder; a relative path starts at the content root.</param>
internal sealed partial class FileSystemFileStore(string path, IHostEnvironment environment, TimeProvider clock) : IFileStore
{
    private const int BufferSize = 81920;

    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));

    public async Task<StoredFile?> SaveAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(_root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
                {
                    size += read;
                    if (size > maxBytes)
                    {
                        return null;
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }

                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            var now = clock.GetUtcNow();
            var key = now.ToString("yyyy'/'MM", CultureInfo.InvariantCulture) + "/" + Guid.NewGuid().ToString("N");
            var target = FullPath(key);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temporary, target);
            return new StoredFile(key, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            File.Delete(temporary);
        }
    }

    public Stream OpenRead(string key) =>
        new FileStream(FullPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public void Delete(string key) => File.Delete(FullPath(key));

    /// <summary>Only keys this store makes are accepted, so a key read from the database can never point outside the root.</summary>
    private string FullPath(string key) =>
        KeyPattern().IsMatch(key) ? Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar)) : throw new ArgumentException($"Not a key of this store: '{key}'.", nameof(key));

    [GeneratedRegex("^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}$")]
    private static partial Regex KeyPattern();
}
