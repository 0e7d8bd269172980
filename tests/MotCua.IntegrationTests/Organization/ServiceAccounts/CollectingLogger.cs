using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MotCua.IntegrationTests.Organization.ServiceAccounts;

/// <summary>Keeps every log message written through it, to assert what reaches the logs.</summary>
internal sealed class CollectingLogger : ILoggerProvider, ILogger
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    private string _category = "";

    public ILogger CreateLogger(string categoryName) => new CollectingLogger { _category = categoryName, Sink = this };

    private CollectingLogger? Sink { get; init; }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        (Sink ?? this).Entries.Enqueue((_category, logLevel, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception)));

    public void Dispose()
    {
    }
}
