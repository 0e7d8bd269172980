using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using MotCua.Common.Files;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common.Files;

/// <summary>Each module's file store keeps its files in the module's own folder, under keys it makes itself (ADR-016, ADR-046).</summary>
public sealed class FileStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(7));

    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "motcua-files-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Stores_registered_under_two_keys_keep_their_files_in_their_own_folders()
    {
        using var services = Services(("First", "data/first"), ("Second", Path.Combine(_contentRoot, "elsewhere")));
        var first = services.GetRequiredKeyedService<IFileStore>("First");
        var second = services.GetRequiredKeyedService<IFileStore>("Second");

        var one = (await first.SaveAsync(new MemoryStream("%PDF-1.7 một"u8.ToArray()), 1000, CancellationToken.None))!;
        var two = (await second.SaveAsync(new MemoryStream("%PDF-1.7 hai"u8.ToArray()), 1000, CancellationToken.None))!;

        one.Key.ShouldStartWith("2026/12/");
        File.Exists(Path.Combine(_contentRoot, "data", "first", one.Key)).ShouldBeTrue("a relative folder starts at the content root");
        File.Exists(Path.Combine(_contentRoot, "elsewhere", two.Key)).ShouldBeTrue();
        Should.Throw<FileNotFoundException>(() => second.OpenRead(one.Key));
        using var read = new StreamReader(first.OpenRead(one.Key));
        (await read.ReadToEndAsync()).ShouldBe("%PDF-1.7 một");
        services.GetRequiredKeyedService<IFileStore>("First").ShouldBeSameAs(first);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_not_kept_and_a_key_the_store_did_not_make_is_refused()
    {
        using var services = Services(("First", "data/first"));
        var store = services.GetRequiredKeyedService<IFileStore>("First");

        (await store.SaveAsync(new MemoryStream(new byte[1001]), 1000, CancellationToken.None)).ShouldBeNull();

        Directory.EnumerateFiles(_contentRoot, "*", SearchOption.AllDirectories).ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => store.OpenRead("../../etc/passwd"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private ServiceProvider Services(params (string Key, string Path)[] stores)
    {
        Directory.CreateDirectory(_contentRoot);
        var services = new ServiceCollection()
            .AddSingleton<IHostEnvironment>(new Environment { ContentRootPath = _contentRoot })
            .AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        foreach (var (key, path) in stores)
        {
            services.AddFileStore(key, _ => path);
        }

        return services.BuildServiceProvider();
    }

    private sealed class Environment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "MotCua";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
