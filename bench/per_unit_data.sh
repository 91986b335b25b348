# Sourced by bench/circulars.sh and bench/ofd.sh: the data folder their per-unit batches use.
# per_unit_data DOCPIPE UNITS makes ./data from the sample (`docpipe init`): its office and
# channels, UNITS units in all (U0001… added to the sample's), quota 0 (the shared table lists
# only the units that submitted, so each copy is one page), a circular narrative for 2026 and
# two items in 2026-08 — the month the batches build.
per_unit_data() {
  local docpipe=$1 units=$2
  "$docpipe" init data >/dev/null
  sqlite3 data/docpipe.db "DELETE FROM item_adoptions; DELETE FROM register_items;"
  local have i; have=$(sqlite3 data/docpipe.db "SELECT count(*) FROM units")
  {
    echo "code,name,kind,parent,sort_order"
    for ((i = 1; i <= units - have; i++)); do printf 'U%04d,测试单位%04d,县区,,%d\n' "$i" "$i" $((100 + i)); done
  } > units.csv
  "$docpipe" --data data import units units.csv --today 2026-11-25 >/dev/null
  printf 'quota: 0\n' > data/quotas.yaml
  cat > data/narrative/circular-2026.yaml <<'YAML'
kind: circular
year: 2026
signer: 澜江省司法厅办公室
requirements:
  - 各单位要落实每月报送任务，提高信息质量。
YAML
  cat > items.csv <<'CSV'
date,unit,title,author,adopted_by,instructions
2026-08-05,U0001,推进执法三项制度,张三,mh,1
2026-08-12,U0002,法律援助便民举措,李四,mh,0
CSV
  "$docpipe" --data data import items items.csv --today 2026-11-25 >/dev/null
}
