using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MotCua.Common.Hosting;

/// <summary>The <c>Hosting</c> section: how requests reach the application (docs/operations.md, ADR-025).</summary>
internal sealed class HostingOptions : IValidatableObject
{
    public const string Section = "Hosting";

    /// <summary>Outside Development and Testing: redirect HTTP to HTTPS and send Strict-Transport-Security.</summary>
    public bool EnforceHttps { get; set; } = true;

    /// <summary>
    /// A reverse proxy terminates TLS and sends <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>; they are believed
    /// only from the loopback address and <see cref="KnownProxies"/>.
    /// </summary>
    public bool BehindTlsProxy { get; set; }

    /// <summary>IP addresses of the proxies when they do not run on this machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>
    /// The public address of the portal, e.g. <c>https://dichvucong.example.gov.vn</c>: the tracking page a receipt's QR
    /// code points to, and the links in notices and invitations.
    /// </summary>
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>An https address whose host is not this machine: what a receipt's QR code and a notice's link may point to.</summary>
    public static bool IsPublicAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback
        && !uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Hosting:KnownProxies: '{p}' is not an IP address."));
}
