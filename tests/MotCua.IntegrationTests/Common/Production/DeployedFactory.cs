using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Modules.Fees.Gateway;
using MotCua.Testing;

namespace MotCua.IntegrationTests.Common.Production;

/// <summary>
/// The application as a deployment runs it (ADR-025): an environment other than Testing, no demo data, and every setting a
/// production deployment must give, which a test may override one at a time. Its payment gateway is
/// <see cref="TestBankGateway"/>, standing in for a deployment's own adapter.
/// </summary>
public sealed class DeployedFactory(string environment, IReadOnlyDictionary<string, string?> overrides) : MotCuaFactory
{
    public DeployedFactory(string environment) : this(environment, new Dictionary<string, string?>())
    {
    }

    /// <summary>Staging is a deployment too; a test that needs a running host without Production's rules uses it.</summary>
    public DeployedFactory() : this(Microsoft.Extensions.Hosting.Environments.Staging)
    {
    }

    public static IReadOnlyDictionary<string, string?> SafeSettings { get; } = new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "false",
        // The test database may be either provider; a single-office installation is allowed the embedded one.
        ["Database:AllowEmbeddedDatabase"] = "true",
        ["DataProtection:CertificateFile"] = TestCertificate.File.Value,
        ["DataProtection:CertificatePassword"] = TestCertificate.Password,
        ["Notifications:Email:Sender"] = "Smtp",
        ["Notifications:Email:SmtpHost"] = "smtp.motcua.invalid",
        ["Payments:Gateway"] = TestBankGateway.ProviderName,
        ["Hosting:PublicBaseUrl"] = "https://dichvucong.motcua.example",
        ["AuditChain:CurrentKeyId"] = "test-2026",
        ["AuditChain:Keys:test-2026:Secret"] = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("a test-only audit key"u8)),
    };

    protected override IDictionary<string, string?> Settings =>
        SafeSettings.Concat(overrides).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    /// <summary>
    /// Without demo data the first start only migrates, whatever the audit key or the environment: a deployment copies the
    /// schema-only template (ADR-033) unless a test turns the seed on or names the database itself.
    /// </summary>
    protected override bool StartsFromTemplate =>
        Settings.TryGetValue("Demo:Seed", out var seed) && bool.TryParse(seed, out var on) && !on
        && !Settings.ContainsKey("Database:Provider") && !Settings.ContainsKey("Database:ConnectionString");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<IPaymentGateway, TestBankGateway>(TestBankGateway.ProviderName));
    }

    /// <summary>A self-signed PKCS#12 file for <c>DataProtection:CertificateFile</c>, made once per test run.</summary>
    private static class TestCertificate
    {
        public const string Password = "chi-de-kiem-thu";

        public static readonly Lazy<string> File = new(() =>
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=MotCua test data protection", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            // The machine's clock: the operating system checks a certificate's validity against it, not against the host's.
            var now = TimeProvider.System.GetUtcNow();
            using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
            var path = Path.Combine(Path.GetTempPath(), "motcua-test-keys-" + Guid.NewGuid().ToString("N") + ".pfx");
            System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
            AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(path);
            return path;
        });
    }
}

/// <summary>A deployment's own gateway adapter as far as start-up is concerned; no test pays through it.</summary>
internal sealed class TestBankGateway : IPaymentGateway
{
    public const string ProviderName = "TestBank";

    public string Name => ProviderName;

    public Task<Uri> StartAsync(GatewayOrder order, CancellationToken cancellationToken) =>
        Task.FromResult(new Uri("https://bank.motcua.invalid/pay/" + Uri.EscapeDataString(order.OrderRef)));

    public GatewayNotice? Verify(IReadOnlyDictionary<string, string> fields) => null;

    public Task<GatewayOrderState> QueryAsync(string orderRef, CancellationToken cancellationToken) => Task.FromResult(GatewayOrderState.Unknown);
}
