#!/bin/bash
# The arrows of docs/ARCHITECTURE.md, checked on the sources: a folder may include only its own headers and those
# of the folders it links. The build refuses most wrong arrows already (a folder sees only the include directories
# of what it links); this also catches relative includes ("../api/X.h") and a link line that grows by accident.
# Usage: check-layering.sh SOURCE_DIR
set -u
source_dir=${1:?usage: check-layering.sh SOURCE_DIR}
cd "$source_dir" || exit 2

declare -A allowed=(
    [signing]=""
    [models]=""
    [api]="models signing"
    [sandbox]="models signing"
    [ui]="models"
)
folders="signing models api sandbox ui app"

failures=0
for folder in "${!allowed[@]}"; do
    for other in $folders; do
        [[ $other == "$folder" || " ${allowed[$folder]} " == *" $other "* ]] && continue
        for header in "$other"/*.h; do
            name=$(basename "$header")
            [[ -e $folder/$name ]] && continue # the folder's own header of the same name
            hits=$(grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[\"<]([^\">]*/)?${name//./\\.}[\">]" \
                "$folder"/*.cpp "$folder"/*.h 2>/dev/null)
            if [[ -n $hits ]]; then
                echo "$folder/ must not include $other/$name (allowed: ${allowed[$folder]:-Qt only}):"
                echo "$hits"
                failures=$((failures + 1))
            fi
        done
    done
done
if ((failures > 0)); then
    echo "FAIL: $failures forbidden include(s)"
    exit 1
fi
echo "PASS: every folder includes only what its arrows allow"
