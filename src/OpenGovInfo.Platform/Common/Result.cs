namespace OpenGovInfo.Platform.Common;

/// <summary>Outcome of a use case: a value or one or more expected errors (exceptions are for bugs).</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error> errors)
    {
        _value = value;
        Errors = errors;
    }

    /// <summary>The errors; empty on success.</summary>
    public IReadOnlyList<Error> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The value of a successful result.</summary>
    // !: a success holds the value Result.Success was given (T itself may be nullable, so no attribute says so).
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value.");

    internal static Result<T> Create(T? value, IReadOnlyList<Error> errors) => new(value, errors);
}

/// <summary>Factories for <see cref="Result{T}"/>.</summary>
public static class Result
{
    /// <summary>A success.</summary>
    public static Result<T> Success<T>(T value) => Result<T>.Create(value, []);

    /// <summary>A failure.</summary>
    public static Result<T> Failure<T>(params Error[] errors) =>
        errors.Length == 0 ? throw new ArgumentException("At least one error.", nameof(errors)) : Result<T>.Create(default, errors);
}
