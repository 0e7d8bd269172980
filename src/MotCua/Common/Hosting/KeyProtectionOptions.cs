namespace MotCua.Common.Hosting;

/// <summary>The <c>DataProtection</c> section: the certificate that encrypts the data-protection keys stored in the database.</summary>
internal sealed class KeyProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 file.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>Supplied by the environment or a secret store, never in appsettings.json.</summary>
    public string? CertificatePassword { get; set; }
}
