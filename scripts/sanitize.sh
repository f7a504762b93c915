#!/usr/bin/env bash
# Builds Tandem with clang's AddressSanitizer + UndefinedBehaviorSanitizer, runs the test suite
# under them, then runs each libFuzzer target for TANDEM_FUZZ_SECONDS (60) on a copy of its corpus.
# TANDEM_SANITIZE_PRESET=sanitize-ci (what .ci/run uses) leaves the window and its suites out.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh clang-14 libclang-rt-14-dev

preset=${TANDEM_SANITIZE_PRESET:-sanitize}
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" "$@"

# The fuzzers write what they find into a copy of the corpus and into artifacts/, never into the
# repository. A crash, a hang (-timeout) or a sanitizer report ends a fuzzer with a non-zero exit.
seconds=${TANDEM_FUZZ_SECONDS:-60}
build=build-$preset
work=$build/fuzz-run
rm -rf "$work"
export ASAN_OPTIONS="print_stacktrace=1:halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
failed=()
for reader in csv vcard ics bundle template; do
    mkdir -p "$work/$reader/corpus" "$work/$reader/artifacts"
    cp tests/fuzz/corpus/"$reader"/* "$work/$reader/corpus/"
    echo "== fuzz_$reader for ${seconds}s"
    if ! "$build/tests/fuzz/fuzz_$reader" "$work/$reader/corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/$reader/artifacts/" >"$work/$reader/fuzz.log" 2>&1; then
        tail -n 60 "$work/$reader/fuzz.log"
        failed+=("$reader")
    else
        grep -E "^(#[0-9]+\s+DONE|stat::number_of_executed_units|stat::peak_rss_mb)" \
            "$work/$reader/fuzz.log" || true
    fi
    for crasher in "$work/$reader"/artifacts/*; do
        [ -e "$crasher" ] || continue
        echo "fuzz_$reader found: $crasher (keep it in tests/fuzz/regressions/$reader/)"
        failed+=("$reader")
    done
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzing failed for: $(printf '%s\n' "${failed[@]}" | sort -u | tr '\n' ' ')"
    exit 1
fi
echo "Fuzzing found nothing in ${seconds}s per reader."
