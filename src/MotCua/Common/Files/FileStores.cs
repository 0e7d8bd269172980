namespace MotCua.Common.Files;

/// <summary>Registration of a module's file store: each module keeps its files in a folder of its own.</summary>
internal static class FileStores
{
    /// <summary>
    /// Registers an <see cref="IFileStore"/> under <paramref name="key"/> (the module's name), keeping its files under the
    /// folder <paramref name="path"/> returns (read once, from the module's validated options). Consumers take
    /// <c>[FromKeyedServices(key)] IFileStore</c>.
    /// </summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, string key, Func<IServiceProvider, string> path) =>
        services.AddKeyedSingleton<IFileStore>(
            key, (sp, _) => new FileSystemFileStore(path(sp), sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<TimeProvider>()));
}
