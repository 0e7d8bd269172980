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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Hosting:KnownProxies: '{p}' is not an IP address."));
}
